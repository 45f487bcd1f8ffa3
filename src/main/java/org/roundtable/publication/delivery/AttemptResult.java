package org.roundtable.publication.delivery;

/** What one attempt got: the receiver's status code, or an error that stopped it before one came. */
record AttemptResult(Integer statusCode, String error) {

    static AttemptResult answered(int statusCode) {
        return new AttemptResult(statusCode, statusCode / 100 == 3 ? "redirects are not followed" : null);
    }

    static AttemptResult failed(String error) {
        return new AttemptResult(null, error.length() > 500 ? error.substring(0, 500) : error);
    }

    /** Only a 2xx answer acknowledges a delivery. */
    boolean acknowledged() {
        return statusCode != null && statusCode / 100 == 2;
    }
}
