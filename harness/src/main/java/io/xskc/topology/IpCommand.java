package io.xskc.topology;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs iproute2's {@code ip}, with a deadline, and turns a failure into an error that quotes the
 * command line and its stderr. Links and namespaces are configuration, not datapath, so xskc
 * leaves them to the tool every Linux engineer can rerun by hand.
 */
final class IpCommand {
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/ip"), Path.of("/sbin/ip"),
            Path.of("/usr/bin/ip"), Path.of("/bin/ip"));
    private static final File DEV_NULL = new File("/dev/null");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Path ip;

    private IpCommand(Path ip) {
        this.ip = ip;
    }

    static IpCommand locate() {
        for (Path p : CANDIDATES) {
            if (Files.isExecutable(p)) {
                return new IpCommand(p);
            }
        }
        throw new TopologyException("iproute2's 'ip' was not found in " + CANDIDATES
                + "; install it (apt-get install iproute2) or run ci/setup-host.sh");
    }

    /** Runs {@code ip args...}; returns stdout, or throws with the command and its stderr. */
    String run(String... args) {
        Result r = attempt(args);
        if (r.exitCode() != 0) {
            throw new TopologyException("'" + r.commandLine() + "' failed with exit code " + r.exitCode() + ": "
                    + r.stderr().strip());
        }
        return r.stdout();
    }

    /** Runs and reports the outcome without throwing on a non-zero exit (for best-effort cleanup). */
    Result attempt(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ip.toString());
        cmd.addAll(List.of(args));
        String line = String.join(" ", cmd);
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(DEV_NULL)).start();
            // Drain both pipes while waiting, so a chatty command cannot block on a full pipe.
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new TopologyException("'" + line + "' did not finish within " + TIMEOUT);
            }
            return new Result(line, p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new TopologyException("cannot run '" + line + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopologyException("interrupted while running '" + line + "'", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread);
    }

    record Result(String commandLine, int exitCode, String stdout, String stderr) {
    }
}
