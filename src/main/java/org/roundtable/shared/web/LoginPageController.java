package org.roundtable.shared.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login receives the form it posts. */
@HtmlController
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
