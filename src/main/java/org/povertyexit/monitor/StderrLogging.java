package org.povertyexit.monitor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Logging for the command line, set up in code: logs go to stderr (stdout carries the report), and
 * Drools and Spring speak only when something is wrong. Code rather than a logback.xml because parsing
 * the XML took half a second of every command's start. The service ({@code serve}) configures logging
 * through Spring Boot instead, with the same levels (application.yaml).
 */
public final class StderrLogging extends ContextAwareBase implements Configurator {

    private static final Map<String, Level> LEVELS = Map.of(
            "org.povertyexit", Level.INFO,
            // rule files sit in rules/, not in folders named after their package: that is on purpose
            "org.drools.compiler.kie.builder.impl.KieBuilderImpl", Level.ERROR,
            // compilation errors are reported once, located, by RuleBaseLoader
            "org.drools.compiler.kie.builder.impl.KieProject", Level.OFF,
            // H-EDUCATION compares a member's age on the assessment date: the reactivity note is expected
            "org.drools.mvel.MVELConstraint", Level.ERROR,
            "org.drools.model.codegen.execmodel.generator.drlxparse.ConstraintParser", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
