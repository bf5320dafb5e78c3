package org.povertyexit.monitor.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages' sign-in and its limits, as a browser meets them (a client with a cookie jar): the form and
 * its session, CSRF on every write, the API's reads (not writes) open to the session, the language choice.
 */
class PageSecurityTest extends ServiceTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void strangersAreSentToTheSignInFormAndAWrongPasswordStaysThere() throws Exception {
        HttpResponse<String> home = open("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        as("page-user", Role.UPLOADER);
        HttpResponse<String> wrong = signIn("page-user", "not the password");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(open("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignedInPageMustSendItsCsrfTokenToWrite() throws Exception {
        as("page-user", Role.UPLOADER);
        HttpResponse<String> signedIn = signIn("page-user", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax");
        HttpResponse<String> home = open("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("上传数据");
        // the policy allows the service's own scripts only, and the page carries none inline
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").doesNotContain("script-src");
        assertThat(home.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");

        long runs = count("run");
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"d.json\"\r\n\r\n{}\r\n--b--\r\n")).build());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(count("run")).isEqualTo(runs);
    }

    @Test
    void theSessionReadsTheApiButNeverWritesToIt() throws Exception {
        String runId = uploadFixture();
        as("page-user", Role.UPLOADER);
        signIn("page-user", PASSWORD);
        HttpResponse<String> read = open("/api/runs/" + runId);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();   // the page's session stays as it was
        assertThat(open("/api/runs/" + runId).statusCode()).isEqualTo(200);
        assertThat(open("/").statusCode()).isEqualTo(200);
        long runs = count("run");
        HttpResponse<String> write = send(HttpRequest.newBuilder(uri("/api/runs"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")).build());
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(count("run")).isEqualTo(runs);
    }

    @Test
    void aCountyOfficeSeesARunThatAlsoHoldsOtherCountiesWithoutItsWholeCounts() throws Exception {
        upload("two-counties.json", fixture("two-counties.json"));
        as("county-page-user", java.util.Set.of("640422"), Role.UPLOADER);
        signIn("county-page-user", PASSWORD);
        HttpResponse<String> home = open("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("也含您权限外的县");
    }

    @Test
    void chineseFirstEnglishOnceChosenStays() throws Exception {
        as("page-user", Role.UPLOADER);
        signIn("page-user", PASSWORD);
        assertThat(open("/").body()).contains("运行记录");
        assertThat(open("/?lang=en").body()).contains("Runs").doesNotContain("运行记录");
        assertThat(open("/").body()).contains("Upload data");
        assertThat(open("/?lang=zh").body()).contains("上传数据");
    }

    private HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(open("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + name + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
