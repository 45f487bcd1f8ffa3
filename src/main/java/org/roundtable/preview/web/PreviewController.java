package org.roundtable.preview.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.preview.ImpactPreview;
import org.roundtable.preview.OrderSample;
import org.roundtable.preview.OrderSampleException;
import org.roundtable.preview.OrderSampleParser;
import org.roundtable.preview.PreviewChart;
import org.roundtable.preview.PreviewResult;
import org.roundtable.preview.PreviewSettings;
import org.roundtable.preview.RuleKind;
import org.roundtable.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Impact previews: a rule before and after a change, evaluated on an uploaded sample of orders.
 * Nothing is stored; the answer holds the numbers, the first orders and an SVG chart.
 */
@RestController
@RequestMapping("/api/previews")
class PreviewController {

    static final int FIRST_ORDERS = 100;

    private final PreviewSettings settings;
    private final ObjectMapper json;

    PreviewController(PreviewSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    /** One order's value before and after: pay in CNY (pricing) or minutes given (delivery time). */
    record OrderImpact(int order, double before, double after, double change) {
    }

    record PreviewResponse(PreviewResult preview, List<OrderImpact> firstOrders, String chartSvg) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewResponse preview(@RequestParam("file") MultipartFile file, @RequestParam RuleKind ruleKind,
                            @RequestParam String before, @RequestParam String after,
                            @RequestParam(required = false) Double hourlyFloor) throws IOException {
        double floor = hourlyFloor == null ? settings.hourlyFloor() : hourlyFloor;
        if (floor < 0 || floor > 10_000) {
            throw new DomainException.Invalid("hourlyFloor " + floor + " must be from 0 to 10000 CNY per hour.");
        }
        Map<String, String> beforeParameters = parameters("before", before);
        Map<String, String> afterParameters = parameters("after", after);
        if (file.getSize() > settings.maxFileSize().toBytes()) {
            throw new DomainException.Invalid("The order sample has " + file.getSize() + " bytes; at most "
                    + settings.maxFileSize().toBytes() + " are taken.");
        }
        OrderSample orders;
        try (InputStream input = file.getInputStream()) {
            orders = new OrderSampleParser(settings.maxOrders()).parse(input);
        }
        ImpactPreview preview = ImpactPreview.compute(ruleKind, beforeParameters, afterParameters, orders,
                new PreviewSettings(floor, settings.maxOrders(), settings.maxFileSize()));
        return new PreviewResponse(preview.result(), firstOrders(preview), PreviewChart.of(preview, floor));
    }

    @ExceptionHandler(OrderSampleException.class)
    ResponseEntity<ProblemDetail> badSample(OrderSampleException e) {
        return SampleProblems.of(e);
    }

    /** A JSON object of parameter names and values; numbers are taken as written. */
    private Map<String, String> parameters(String side, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new DomainException.Invalid("'" + side + "' must be a JSON object of parameter names and values,"
                    + " e.g. {\"base_fare\": \"3.00\", \"per_km\": \"1.20\"}.");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isTextual() && !value.isNumber()) {
                throw new DomainException.Invalid("'" + side + "." + entry.getKey() + "' must be a number or text.");
            }
            parameters.put(entry.getKey(), value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
        }
        return parameters;
    }

    private static List<OrderImpact> firstOrders(ImpactPreview preview) {
        int count = Math.min(FIRST_ORDERS, preview.orders().size());
        List<OrderImpact> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double before = round(preview.before(i));
            double after = round(preview.after(i));
            orders.add(new OrderImpact(i + 1, before, after, round(after - before)));
        }
        return orders;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
