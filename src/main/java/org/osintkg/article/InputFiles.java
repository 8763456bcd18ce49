package org.osintkg.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The files a folder given as input holds: walked in sorted order, loops and odd files reported. */
final class InputFiles {
    private InputFiles() {}

    /**
     * The files under a root, sorted. Symbolic links are followed; a link back to a folder being
     * walked is reported as a loop and not entered, so the walk ends. Hidden files and folders
     * under the root are skipped; a broken link, a FIFO, socket or device is reported, not read.
     */
    static List<Path> files(Path root, Consumer<ArticleException> failures) {
        List<Path> out = new ArrayList<>();
        if (!Files.exists(root)) {
            failures.accept(new ArticleException(root.toString(),
                    Files.isSymbolicLink(root) ? "broken symbolic link" : "no such file or folder"));
            return out;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!file.equals(root) && hidden(file)) return FileVisitResult.CONTINUE;
                            if (attrs.isRegularFile()) {
                                out.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                failures.accept(new ArticleException(file.toString(),
                                        linkLoops(file) ? "symbolic link loop" : "broken symbolic link"));
                            } else {
                                failures.accept(new ArticleException(file.toString(),
                                        "not a regular file (a FIFO, socket or device)"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!file.equals(root) && hidden(file)) return FileVisitResult.CONTINUE;
                            String reason = e instanceof FileSystemLoopException ? "symbolic link loop"
                                    : e instanceof AccessDeniedException ? "unreadable (permission denied)"
                                    : e instanceof NoSuchFileException ? "no such file (removed while read)"
                                    : "cannot read: " + e.getMessage();
                            failures.accept(new ArticleException(file.toString(), reason));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                failures.accept(new ArticleException(dir.toString(), "cannot list folder: " + e.getMessage()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | SecurityException e) {
            failures.accept(new ArticleException(root.toString(), "cannot read: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    /** A chain of links that comes back to a link in it (a link to itself, a → b → a). */
    private static boolean linkLoops(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            for (int hops = 0; hops < 64; hops++) {
                if (!Files.isSymbolicLink(p)) return false;
                if (!seen.add(p)) return true;
                Path parent = p.getParent();
                Path target = Files.readSymbolicLink(p);
                p = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            }
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
