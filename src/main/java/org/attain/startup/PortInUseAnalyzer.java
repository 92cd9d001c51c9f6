package org.attain.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A port taken between {@link PortCheck} and the web server's start is reported in the same words, ahead of Spring
 * Boot's own analysis.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PortInUseAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        StartupException explained = StartupException.portInUse(cause.getPort(), cause);
        return new FailureAnalysis(explained.getMessage(), explained.action(), cause);
    }
}
