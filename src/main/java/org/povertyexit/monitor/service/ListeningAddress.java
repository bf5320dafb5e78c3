package org.povertyexit.monitor.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says where the service can be reached, once it listens: the first thing whoever started it needs. */
@Component
class ListeningAddress implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ListeningAddress.class);

    private final String address;

    ListeningAddress(@Value("${server.address:127.0.0.1}") String address) {
        this.address = address;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String host = address.contains(":") ? "[" + address + "]" : address;
        String base = "http://" + host + ":" + event.getWebServer().getPort();
        LOG.info("listening on {} (API under {}/api, described at {}/swagger-ui.html; health at {}/actuator/health)",
                base, base, base, base);
    }
}
