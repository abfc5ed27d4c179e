package org.helpdesk.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the machine's listening TCP sockets from /proc/net/tcp and /proc/net/tcp6. */
final class Listeners {

    private static final String LISTEN = "0A";

    private Listeners() {
    }

    /** @return "address:port" of every listener on one of {@code ports} that is not on loopback */
    static List<String> nonLoopback(Set<Integer> ports) throws IOException {
        List<String> bad = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
                String[] fields = line.trim().split("\\s+");
                if (!LISTEN.equals(fields[3])) {
                    continue;
                }
                String[] local = fields[1].split(":");
                int port = Integer.parseInt(local[1], 16);
                if (ports.contains(port) && !isLoopback(local[0])) {
                    bad.add(local[0] + ":" + port);
                }
            }
        }
        return bad;
    }

    /** IPv4 127.x.x.x, IPv6 ::1, or IPv4-mapped 127.x.x.x, in /proc's little-endian hex. */
    static boolean isLoopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000")
                || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
    }
}
