package org.roundtable.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of server-rendered pages. Its refusals and failures are answered with an HTML page
 * in the reader's language ({@link PageErrorAdvice}), not with problem+json.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface HtmlController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
