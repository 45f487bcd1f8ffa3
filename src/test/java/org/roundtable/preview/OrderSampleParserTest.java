package org.roundtable.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OrderSampleParserTest {

    static final String HEADER = "distance_km,duration_minutes,hour_of_day,weather,building_access\n";
    final OrderSampleParser parser = new OrderSampleParser(200_000);

    OrderSample parse(String text) {
        return parser.parse(new StringReader(text));
    }

    OrderSampleException refusal(String text) {
        try {
            parse(text);
        } catch (OrderSampleException e) {
            return e;
        }
        throw new AssertionError("the sample was accepted: " + text);
    }

    @Test
    void readsTheShippedExampleSample() throws IOException {
        try (InputStream input = Files.newInputStream(Path.of("docs/examples/orders-sample.csv"))) {
            OrderSample sample = parser.parse(input);
            assertThat(sample.size()).isEqualTo(50);
            assertThat(sample.distanceKm(0)).isEqualTo(1.7);
            assertThat(sample.durationMinutes(0)).isEqualTo(27.7);
            assertThat(sample.hourOfDay(0)).isEqualTo(20);
            assertThat(sample.weather(0)).isEqualTo(Weather.RAIN);
            assertThat(sample.hardAccess(0)).isFalse();
        }
    }

    @Test
    void readsEveryValueOfAnOrderAndToleratesSpacesCaseCrlfBlankLinesAndABom() {
        OrderSample sample = parse("\uFEFF" + HEADER.replace("\n", "\r\n") + " 3.5 , 21 ,0, Storm ,HARD\r\n\r\n"
                + "0,5.5,23,clear,easy\r\n");
        assertThat(sample.size()).isEqualTo(2);
        assertThat(sample.distanceKm(0)).isEqualTo(3.5);
        assertThat(sample.durationMinutes(0)).isEqualTo(21);
        assertThat(sample.hourOfDay(0)).isZero();
        assertThat(sample.weather(0)).isEqualTo(Weather.STORM);
        assertThat(sample.hardAccess(0)).isTrue();
        assertThat(sample.distanceKm(1)).isZero();
        assertThat(sample.hourOfDay(1)).isEqualTo(23);
    }

    @Test
    void namesTheLineAndColumnOfAValueThatIsNotANumber() {
        String text = HEADER + "1,10,12,clear,easy\n".repeat(15) + "abc,10,12,clear,easy\n";
        OrderSampleException refusal = refusal(text);
        assertThat(refusal).hasMessage("line 17: distance_km 'abc' is not a number");
        assertThat(refusal.line()).isEqualTo(17);
        assertThat(refusal.column()).isEqualTo("distance_km");
        assertThat(refusal(HEADER + "1,1e3,12,clear,easy\n")).hasMessage("line 2: duration_minutes '1e3' is not a number");
    }

    @Test
    void namesValuesOutsideTheirRange() {
        assertThat(refusal(HEADER + "-1,10,12,clear,easy\n")).hasMessage("line 2: distance_km -1 must be from 0 to 300");
        assertThat(refusal(HEADER + "1,0,12,clear,easy\n"))
                .hasMessage("line 2: duration_minutes 0 must be more than 0 and at most 1440");
        assertThat(refusal(HEADER + "1,10,24,clear,easy\n"))
                .hasMessage("line 2: hour_of_day '24' is not a whole hour from 0 to 23");
        assertThat(refusal(HEADER + "1,10,7.5,clear,easy\n").column()).isEqualTo("hour_of_day");
    }

    @Test
    void namesAnUnknownWeatherAndBuildingAccess() {
        OrderSampleException weather = refusal(HEADER + "1,10,12,hail,easy\n");
        assertThat(weather).hasMessage("line 2: weather 'hail' is not one of clear, cloudy, rain, storm, snow, fog, heat");
        assertThat(weather.column()).isEqualTo("weather");
        assertThat(refusal(HEADER + "1,10,12,clear,gated\n"))
                .hasMessage("line 2: building_access 'gated' is not easy or hard");
    }

    @Test
    void namesALineWithTooFewOrTooManyValues() {
        assertThat(refusal(HEADER + "1,10,12,clear\n")).hasMessageStartingWith("line 2: expected 5 values")
                .hasMessageContaining("found 4");
        assertThat(refusal(HEADER + "1,10,12,clear,easy,x\n")).hasMessageContaining("found 6");
        assertThat(refusal(HEADER + "1,10,12,clear,easy\n" + "x".repeat(600) + "\n"))
                .hasMessageStartingWith("line 3: the line is longer than 500 characters");
    }

    @Test
    void aWrongHeaderNamesTheExpectedColumns() {
        OrderSampleException refusal = refusal("km,minutes,hour,weather,access\n1,10,12,clear,easy\n");
        assertThat(refusal).hasMessageStartingWith("line 1: the header must name the columns "
                + "distance_km,duration_minutes,hour_of_day,weather,building_access in this order")
                .hasMessageContaining("'km,minutes,hour,weather,access'");
        assertThat(refusal(HEADER.replace("weather,building_access", "building_access,weather")).line()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptySampleAndAHeaderWithoutOrders() {
        assertThat(refusal("")).hasMessageContaining("empty").hasMessageContaining(OrderSampleParser.HEADER);
        assertThat(refusal(HEADER + "\n\n")).hasMessageContaining("no orders");
    }

    @Test
    void refusesMoreOrdersThanTheLimit() {
        OrderSampleParser small = new OrderSampleParser(3);
        String three = HEADER + "1,10,12,clear,easy\n".repeat(3);
        assertThat(small.parse(new StringReader(three)).size()).isEqualTo(3);
        assertThatThrownBy(() -> small.parse(new StringReader(three + "1,10,12,clear,easy\n")))
                .isInstanceOf(OrderSampleException.class)
                .hasMessage("line 5: the sample has more than 3 orders, the most a preview takes; send a smaller sample");
    }

    @Test
    void growsPastItsFirstArraysWithoutLosingOrders() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 5000; i++) {
            text.append(i % 30).append(',').append(10 + i % 50).append(',').append(i % 24).append(",rain,hard\n");
        }
        OrderSample sample = parse(text.toString());
        assertThat(sample.size()).isEqualTo(5000);
        assertThat(sample.distanceKm(4999)).isEqualTo(4999 % 30);
        assertThat(sample.hourOfDay(4999)).isEqualTo(4999 % 24);
    }
}
