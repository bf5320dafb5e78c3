package org.povertyexit.monitor.service.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.povertyexit.monitor.label.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Chinese unless English is chosen ({@code ?lang=en}, remembered in a cookie), whatever
 * the browser's own language: the people this is for read Chinese first. Their words come from the one
 * label table ({@code labels/labels_zh.properties}, {@code labels_en.properties}) that every output uses.
 */
@Configuration
class PageLanguage implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(Language.ZH.locale());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource labels = new ResourceBundleMessageSource();
        labels.setBasename("labels/labels");
        labels.setDefaultEncoding(StandardCharsets.UTF_8.name());
        labels.setFallbackToSystemLocale(false);
        labels.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return labels;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // the API reads lang= for one answer only; a page's lang= is the reader's choice from then on
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
