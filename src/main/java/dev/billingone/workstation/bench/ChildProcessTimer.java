package dev.billingone.workstation.bench;

import dev.billingone.workstation.core.RemoteSystemException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a fresh JVM on our class path and reads the {@code KEY=millis} line it prints when it reaches its mark. */
final class ChildProcessTimer {
    private ChildProcessTimer() {
    }

    static double millisUntil(String key, List<String> jvmOptions, String mainClass, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(key + "=")) {
                    return Double.parseDouble(line.substring(key.length() + 1).trim());
                }
            }
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        throw new RemoteSystemException("The child process " + mainClass + " ended without reporting " + key
                + " (exit " + process.exitValue() + "). A window needs a display: run under xvfb-run.");
    }
}
