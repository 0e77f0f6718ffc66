package dev.billingone.workstation.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds our {@code @Entity} classes so each feature can add its own without a central list. Reads class bytes
 * and loads only those that mention the Entity annotation: no UI class is ever loaded from here.
 */
final class EntityScanner {
    private static final String ROOT = "dev/billingone/workstation/";
    private static final byte[] MARKER = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.US_ASCII);

    private EntityScanner() {
    }

    static List<Class<?>> entities(ClassLoader loader) {
        List<Class<?>> found = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String name : "jar".equals(root.getProtocol()) ? inJar(root) : inDirectory(root)) {
                    found.add(Class.forName(name, false, loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list entity classes", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Entity class vanished while scanning", e);
        }
        return found;
    }

    private static List<String> inJar(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (isCandidate(entry.getName())) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        if (mentionsEntity(in.readAllBytes())) {
                            names.add(className(entry.getName()));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static List<String> inDirectory(URL root) throws IOException {
        Path dir;
        try {
            dir = Paths.get(root.toURI());
        } catch (Exception e) {
            throw new IOException("Unsupported class path entry " + root, e);
        }
        Path base = dir.getParent().getParent().getParent();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = base.relativize(file).toString().replace('\\', '/');
                if (isCandidate(relative) && mentionsEntity(Files.readAllBytes(file))) {
                    names.add(className(relative));
                }
            }
        }
        return names;
    }

    private static boolean isCandidate(String path) {
        return path.startsWith(ROOT) && path.endsWith(".class") && !path.contains("/ui/") && !path.contains("$");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static boolean mentionsEntity(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - MARKER.length; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (bytes[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
