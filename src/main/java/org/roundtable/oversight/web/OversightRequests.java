package org.roundtable.oversight.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.roundtable.oversight.ReviewDecision;

/** Bodies of the oversight endpoints. */
final class OversightRequests {

    private OversightRequests() {
    }

    /** The regulator's filing number and the day the rule version was filed. */
    record Filing(@NotBlank @Size(max = 64) String filingNumber, @NotNull LocalDate filedOn) {
    }

    /** One figure: a decimal value as text, and its unit. */
    record FigureValue(@NotBlank @Size(max = 32) String value, @NotBlank @Size(max = 16) String unit) {
    }

    /** The figures of one review period, e.g. {"period": "2026", "figures": {"on_time_rate": {...}}}. */
    record Results(@NotBlank @Size(max = 32) String period,
                   @NotEmpty @Size(max = 50) Map<String, @Valid @NotNull FigureValue> figures) {
    }

    /** The worker side's evaluation of the latest results. */
    record Evaluation(@NotNull ReviewDecision decision, @Size(max = 5000) String reasons) {
    }
}
