package org.roundtable.oversight.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** HR records the regulator's filing number and the day the rule version was filed. */
public class FilingForm {

    @NotBlank
    @Size(max = 64)
    private String filingNumber = "";
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filedOn;

    public FilingForm() {
    }

    FilingForm(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public void setFilingNumber(String filingNumber) {
        this.filingNumber = filingNumber;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }
}
