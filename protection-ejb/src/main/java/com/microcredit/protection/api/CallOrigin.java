package com.microcredit.protection.api;

/**
 * Where the current call comes from (the client's address), for the audit trail's "from where". The
 * web module sets it for the duration of each HTTP request (pages and REST alike); calls without
 * one (JMS, timers, start-up) are recorded as coming from {@code server}.
 */
public final class CallOrigin {

    public static final String SERVER = "server";
    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private CallOrigin() {}

    public static void set(String address) {
        ADDRESS.set(address);
    }

    public static void clear() {
        ADDRESS.remove();
    }

    public static String current() {
        String a = ADDRESS.get();
        return a == null ? SERVER : a;
    }
}
