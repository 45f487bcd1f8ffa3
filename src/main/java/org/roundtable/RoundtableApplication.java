package org.roundtable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RoundtableApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoundtableApplication.class, args);
    }
}
