package se.samverka.platform.database;

/**
 * The embedded database will not start on this data directory, or not with this dump, and the operator can put it
 * right: what is wrong and what to do, in Swedish, shown by {@link DataDirectoryRefusedAnalyzer} instead of a stack
 * trace. Samverka's database in the directory is as it was (after a failed restore: as new, so the restore can be
 * tried again).
 */
class DataDirectoryRefused extends RuntimeException {

    private final String action;

    DataDirectoryRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    DataDirectoryRefused(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
