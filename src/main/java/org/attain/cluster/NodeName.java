package org.attain.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * This server's name among several ({@code attain.node-name}, e.g. {@code n1}): Tomcat appends it to every session id
 * ({@code JSESSIONID=…​.n1}), so that a load balancer can send a browser back to the server that holds its session
 * (see docs/deployment.md); the locks record it as their holder. Without a name the session ids carry none.
 */
@Component
public class NodeName implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Letters, digits, '-' and '_': what a cookie value and an nginx map pattern take as they are. */
    static final String PATTERN = "[A-Za-z0-9_-]{1,32}";

    private final @Nullable String name;

    NodeName(@Value("${attain.node-name:}") String name) {
        if (!name.isBlank() && !name.strip().matches(PATTERN)) {
            throw new IllegalArgumentException(
                    "attain.node-name must be 1 to 32 letters, digits, '-' or '_': '" + name + "'");
        }
        this.name = name.isBlank() ? null : name.strip();
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The node name (if any) and the host, as a lock's holder is recorded. */
    public String describe() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return (name == null ? "" : name + "@") + host;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (name == null) {
            return;
        }
        factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && event.getLifecycle() instanceof Context context
                    && context.getParent() != null
                    && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(name);
            }
        });
    }
}
