package io.cutover.mappings.shard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The first 8 bytes of MD5(UTF-8 bytes of a text), big-endian; read as unsigned by callers. */
final class Md5Prefix {
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(Md5Prefix::newDigest);

    private Md5Prefix() {
    }

    static long of(String text) {
        byte[] digest = MD5.get().digest(text.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (digest[i] & 0xFF);
        }
        return h;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
