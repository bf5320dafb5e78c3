package org.povertyexit.monitor.service.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form (Spring Security checks what it posts); someone signed in already goes home. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(Principal user) {
        return user == null ? "login" : "redirect:/";
    }
}
