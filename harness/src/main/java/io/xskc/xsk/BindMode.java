package io.xskc.xsk;

import io.xskc.kernel.XdpUapi;

/** XDP_COPY or XDP_ZEROCOPY: the mode is always explicit, so a run never lands in the other one. */
public enum BindMode {
    COPY(XdpUapi.XDP_COPY),
    ZEROCOPY(XdpUapi.XDP_ZEROCOPY);

    private final int flag;

    BindMode(int flag) {
        this.flag = flag;
    }

    public int flag() {
        return flag;
    }
}
