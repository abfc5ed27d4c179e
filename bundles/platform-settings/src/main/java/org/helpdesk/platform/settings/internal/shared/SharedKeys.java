package org.helpdesk.platform.settings.internal.shared;

/**
 * The key under which the database holds a configuration's settings for every node. A singleton configuration's
 * PID is the same on every node; a factory configuration's PID is not (ConfigAdmin generates it), so its key is
 * {@code factoryPid~name} after its {@value #INSTANCE_NAME} property, else after the name in a PID such as
 * {@code factoryPid~default} (from {@code etc/factoryPid-default.cfg}).
 */
public final class SharedKeys {

    /** The property that tells factory configurations apart, e.g. a directory backend's name. */
    public static final String INSTANCE_NAME = "name";

    private SharedKeys() {
    }

    /**
     * @param name the configuration's {@value #INSTANCE_NAME} property, or {@code null}
     * @return the key, or {@code null} for a factory configuration with neither a name nor a named PID, which is
     *         then kept on its node only
     */
    public static String of(String pid, String factoryPid, Object name) {
        if (factoryPid == null) {
            return pid;
        }
        if (name != null && !name.toString().isBlank()) {
            return factoryPid + "~" + name;
        }
        String prefix = factoryPid + "~";
        return pid.startsWith(prefix) && pid.length() > prefix.length() ? pid : null;
    }
}
