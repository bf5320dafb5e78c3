package org.povertyexit.monitor.service.web.drill;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A user signed in through the sign-in form, as a browser is (the pages take no HTTP Basic), asking for
 * pages with the session's cookie: as a browser opening an address, or as htmx does.
 */
record PageSession(TestRestTemplate client, String cookie) {

    static PageSession signIn(TestRestTemplate anonymous, String name, String password) {
        ResponseEntity<String> form = anonymous.getForEntity("/login", String.class);
        String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        String csrf = form.getBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("username", name);
        fields.add("password", password);
        fields.add("_csrf", csrf);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        ResponseEntity<String> signedIn = anonymous.withRedirects(Redirects.DONT_FOLLOW)
                .postForEntity("/login", new HttpEntity<>(fields, headers), String.class);
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(signedIn.getHeaders().getLocation()).hasPath("/");
        return new PageSession(anonymous, signedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
    }

    /** The address as a browser opens it. */
    ResponseEntity<String> open(String address) {
        return get(address, new HttpHeaders());
    }

    /** The address as htmx asks for it (a table's control changed). */
    ResponseEntity<String> htmx(String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("HX-Request", "true");
        return get(address, headers);
    }

    /** The address as htmx asks for it when going back to a page its history cache lacks. */
    ResponseEntity<String> restoring(String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("HX-Request", "true");
        headers.add("HX-History-Restore-Request", "true");
        return get(address, headers);
    }

    private ResponseEntity<String> get(String address, HttpHeaders headers) {
        headers.add(HttpHeaders.COOKIE, cookie);
        return client.exchange(address, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
