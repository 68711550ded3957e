package io.cutover.cdc.snapshot;

import java.io.ByteArrayInputStream;

/**
 * A {@code LOAD DATA LOCAL} row text handed to MariaDB Connector/J in reads of at most one packet of its
 * smallest write buffer. The driver reads the stream 8 KiB at a time into a buffer of 8 KiB that also holds a
 * 4-byte packet header; a full 8 KiB read grows that buffer to 128 KiB and the flush shrinks it again, so every
 * 8 KiB of rows cost two fresh arrays. Reads of 8 KiB minus the header fit the buffer as it is.
 */
final class PacketSizedInput extends ByteArrayInputStream {
    /** The driver's initial packet buffer (8 KiB) less its packet header. */
    static final int MAX_READ = 8192 - 4;

    PacketSizedInput(byte[] bytes, int length) {
        super(bytes, 0, length);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, MAX_READ));
    }
}
