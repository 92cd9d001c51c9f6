package org.attain.startup;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * A web server whose port is taken stops at once, in one line, instead of after the database, the migrations and the
 * rest of the application have started for nothing. The port is tried the way the web server will bind it.
 */
public class PortCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context instanceof WebServerApplicationContext)) {
            return;
        }
        Binder binder = Binder.get(context.getEnvironment());
        int port = binder.bind("server.port", Integer.class).orElse(8080);
        if (port <= 0) {
            return; // a random port, or none
        }
        @Nullable
        InetAddress address = binder.bind("server.address", InetAddress.class).orElse(null);
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
        } catch (BindException e) {
            if (String.valueOf(e.getMessage()).contains("in use")) {
                throw StartupException.portInUse(port, e);
            }
            throw new StartupException(
                    "it may not listen on port " + port + " (" + e.getMessage() + ").",
                    "Choose a port above 1023 with --server.port=8080 (or PORT=8080).",
                    e);
        } catch (IOException e) {
            // anything else is the web server's to report
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
