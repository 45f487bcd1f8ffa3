package org.roundtable.preview.web;

import java.net.URI;
import org.roundtable.preview.OrderSampleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A sample that cannot be read, as {@code application/problem+json} with the line and the column at fault. */
final class SampleProblems {

    private SampleProblems() {
    }

    static ResponseEntity<ProblemDetail> of(OrderSampleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The order sample cannot be read");
        problem.setType(URI.create("about:blank"));
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
        }
        if (e.column() != null) {
            problem.setProperty("column", e.column());
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
