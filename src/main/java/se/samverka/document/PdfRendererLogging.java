package se.samverka.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Sends openhtmltopdf's messages to the application's logging, where {@code logging.level.com.openhtmltopdf}
 * applies; on its own it prints every INFO line to the console through java.util.logging.
 */
final class PdfRendererLogging implements XRLogger {

    private static final Logger ROOT = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, java.util.logging.Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, java.util.logging.Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        Level mapped = map(level);
        if (logger.isEnabledForLevel(mapped)) {
            logger.atLevel(mapped).setCause(error).log(message);
        }
    }

    @Override
    public void setLevel(String logger, java.util.logging.Level level) {
        // levels come from the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return ROOT.isEnabledForLevel(map(diagnostic.getLevel()));
    }

    private static Level map(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARN;
        }
        if (value >= java.util.logging.Level.INFO.intValue()) {
            return Level.INFO;
        }
        return value >= java.util.logging.Level.FINE.intValue() ? Level.DEBUG : Level.TRACE;
    }
}
