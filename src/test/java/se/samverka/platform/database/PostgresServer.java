package se.samverka.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operating system's view of an embedded PostgreSQL: its processes, found through the postmaster's pid (the
 * first line of {@code postmaster.pid}), and its own {@code pg_ctl}, next to the {@code postgres} it was started
 * with (the first word of {@code postmaster.opts}); as root in a user namespace, as the test library runs it.
 */
record PostgresServer(Path dataDirectory) {

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
    }

    /** The postmaster and every process it started: the backends, the WAL writer, the checkpointer … */
    List<ProcessHandle> processes() throws IOException {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid())
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running in " + dataDirectory));
        var processes = new ArrayList<ProcessHandle>();
        processes.add(postmaster);
        processes.addAll(postmaster.children().toList());
        return processes;
    }

    /** SIGKILL to the postmaster and all its children at once, as when the machine's OOM killer or an operator's kill -9 ends it. */
    void kill() throws IOException, InterruptedException {
        List<ProcessHandle> processes = processes();
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    /**
     * SIGSTOP: the server keeps its sockets open but answers nothing, like a frozen machine or a full disk. The
     * postmaster first, so that it forks no backend after the children were listed (one that escaped answered a
     * query of the frozen server); then the children until no new one appears.
     */
    void freeze() throws IOException, InterruptedException {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid())
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running in " + dataDirectory));
        run(List.of("kill", "-STOP", Long.toString(postmaster.pid())));
        var stopped = new HashSet<Long>();
        while (true) {
            List<Long> children = postmaster.children().map(ProcessHandle::pid).filter(pid -> !stopped.contains(pid)).toList();
            if (children.isEmpty()) {
                return;
            }
            var command = new ArrayList<>(List.of("kill", "-STOP"));
            children.forEach(pid -> command.add(Long.toString(pid)));
            run(command);
            stopped.addAll(children);
        }
    }

    void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    void stop() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast", "-w", "-t", "30");
    }

    /** Starts the server again with the options of its last start, on the same port. */
    void start() throws IOException, InterruptedException {
        pgCtl("restart", "-w", "-t", "60", "-l", dataDirectory.resolve("restart.log").toString());
    }

    private void signal(String signal) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("kill", signal));
        processes().forEach(process -> command.add(Long.toString(process.pid())));
        run(command);
    }

    private void pgCtl(String... arguments) throws IOException, InterruptedException {
        String postgres = Files.readString(dataDirectory.resolve("postmaster.opts")).strip().split("\"")[1];
        var command = new ArrayList<String>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(Path.of(postgres).resolveSibling("pg_ctl").toString(), "-D", dataDirectory.toString()));
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
