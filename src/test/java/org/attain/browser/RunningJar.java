package org.attain.browser;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The production jar started as a user would start it: its own port, its own fresh data directory. */
final class RunningJar implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("attain.jar", "target/attain.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -Pproduction package");
        }
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static RunningJar start(Path dataDir, Path log, String... extraArgs) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(
                List.of(java(), "-jar", jar().toString(), "--server.port=" + port, "--attain.data-dir=" + dataDir));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RunningJar jar = new RunningJar(process, log, port);
        jar.awaitServing(Duration.ofSeconds(180));
        return jar;
    }

    /** The server's process id, for {@code jcmd}. */
    long pid() {
        return process.pid();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitServing(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("attain.jar exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpURLConnection c =
                        (HttpURLConnection) URI.create(url("/")).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                // serving, and past the start-up work (seed, demo data) that runs after the server opens
                if (c.getResponseCode() == 200 && ready()) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("attain.jar did not serve " + url("/") + " within " + timeout + ":\n" + tail());
    }

    private boolean ready() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains("Attain is ready at");
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Runs a command of the jar (no web server) and returns its exit code; output goes to the given files. */
    static int command(File out, File err, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectOutput(out)
                .redirectError(err)
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("command did not finish: " + command);
        }
        return p.exitValue();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
