package org.roundtable.complaint.web;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** Words for one step of a complaint: the worker's reason to dispute or withdraw, the union's note. */
public class WordsForm {

    @Size(max = 5_000)
    private String words = "";

    void require(Errors errors, int max) {
        if (words == null || words.isBlank()) {
            errors.rejectValue("words", "NotBlank");
        } else if (words.strip().length() > max) {
            errors.rejectValue("words", "Size", new Object[] {"words", max, 1}, null);
        }
    }

    /** For words that may be left out: only their length is checked. */
    void limit(Errors errors, int max) {
        if (words != null && words.strip().length() > max) {
            errors.rejectValue("words", "Size", new Object[] {"words", max, 1}, null);
        }
    }

    String wordsOrNull() {
        return words == null || words.isBlank() ? null : words.strip();
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
