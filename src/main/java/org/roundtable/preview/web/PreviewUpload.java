package org.roundtable.preview.web;

/**
 * The preview form on a proposal page as it comes back after a failed upload: what was chosen and
 * typed (the file must be chosen again), the message next to the file (naming the CSV line), next to
 * the floor, or a refusal for the whole form. {@code line} is the CSV line at fault, if one is.
 */
public record PreviewUpload(String ruleId, String hourlyFloor, String fileError, Long line, String floorError,
                            String refusal) {

    static PreviewUpload typed(String ruleId, String hourlyFloor) {
        return new PreviewUpload(ruleId, hourlyFloor, null, null, null, null);
    }

    PreviewUpload withFileError(String message, Long atLine) {
        return new PreviewUpload(ruleId, hourlyFloor, message, atLine, floorError, refusal);
    }

    PreviewUpload withFloorError(String message) {
        return new PreviewUpload(ruleId, hourlyFloor, fileError, line, message, refusal);
    }

    PreviewUpload withRefusal(String message) {
        return new PreviewUpload(ruleId, hourlyFloor, fileError, line, floorError, message);
    }

    public boolean hasErrors() {
        return fileError != null || floorError != null || refusal != null;
    }
}
