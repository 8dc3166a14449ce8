package io.xskc.kernel;

import java.util.Map;

/**
 * errno numbers of x86_64 Linux (asm-generic/errno-base.h and errno.h) and their symbolic names,
 * so that failures read like the kernel documentation rather than as bare numbers.
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int ENOTSUP = 95;
    public static final int EOPNOTSUPP = 95;
    public static final int ENETDOWN = 100;
    public static final int ENOBUFS = 105;
    public static final int ENXIO = 6;
    public static final int EOVERFLOW = 75;
    public static final int ENOPROTOOPT = 92;
    public static final int EAFNOSUPPORT = 97;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"),
            Map.entry(2, "ENOENT"),
            Map.entry(3, "ESRCH"),
            Map.entry(4, "EINTR"),
            Map.entry(5, "EIO"),
            Map.entry(6, "ENXIO"),
            Map.entry(7, "E2BIG"),
            Map.entry(8, "ENOEXEC"),
            Map.entry(9, "EBADF"),
            Map.entry(10, "ECHILD"),
            Map.entry(11, "EAGAIN"),
            Map.entry(12, "ENOMEM"),
            Map.entry(13, "EACCES"),
            Map.entry(14, "EFAULT"),
            Map.entry(15, "ENOTBLK"),
            Map.entry(16, "EBUSY"),
            Map.entry(17, "EEXIST"),
            Map.entry(18, "EXDEV"),
            Map.entry(19, "ENODEV"),
            Map.entry(20, "ENOTDIR"),
            Map.entry(21, "EISDIR"),
            Map.entry(22, "EINVAL"),
            Map.entry(23, "ENFILE"),
            Map.entry(24, "EMFILE"),
            Map.entry(25, "ENOTTY"),
            Map.entry(26, "ETXTBSY"),
            Map.entry(27, "EFBIG"),
            Map.entry(28, "ENOSPC"),
            Map.entry(29, "ESPIPE"),
            Map.entry(30, "EROFS"),
            Map.entry(31, "EMLINK"),
            Map.entry(32, "EPIPE"),
            Map.entry(33, "EDOM"),
            Map.entry(34, "ERANGE"),
            Map.entry(35, "EDEADLK"),
            Map.entry(36, "ENAMETOOLONG"),
            Map.entry(37, "ENOLCK"),
            Map.entry(38, "ENOSYS"),
            Map.entry(39, "ENOTEMPTY"),
            Map.entry(40, "ELOOP"),
            Map.entry(42, "ENOMSG"),
            Map.entry(43, "EIDRM"),
            Map.entry(61, "ENODATA"),
            Map.entry(62, "ETIME"),
            Map.entry(67, "ENOLINK"),
            Map.entry(71, "EPROTO"),
            Map.entry(74, "EBADMSG"),
            Map.entry(75, "EOVERFLOW"),
            Map.entry(77, "EBADFD"),
            Map.entry(84, "EILSEQ"),
            Map.entry(88, "ENOTSOCK"),
            Map.entry(89, "EDESTADDRREQ"),
            Map.entry(90, "EMSGSIZE"),
            Map.entry(91, "EPROTOTYPE"),
            Map.entry(92, "ENOPROTOOPT"),
            Map.entry(93, "EPROTONOSUPPORT"),
            Map.entry(94, "ESOCKTNOSUPPORT"),
            Map.entry(95, "EOPNOTSUPP"),
            Map.entry(96, "EPFNOSUPPORT"),
            Map.entry(97, "EAFNOSUPPORT"),
            Map.entry(98, "EADDRINUSE"),
            Map.entry(99, "EADDRNOTAVAIL"),
            Map.entry(100, "ENETDOWN"),
            Map.entry(101, "ENETUNREACH"),
            Map.entry(102, "ENETRESET"),
            Map.entry(103, "ECONNABORTED"),
            Map.entry(104, "ECONNRESET"),
            Map.entry(105, "ENOBUFS"),
            Map.entry(106, "EISCONN"),
            Map.entry(107, "ENOTCONN"),
            Map.entry(108, "ESHUTDOWN"),
            Map.entry(109, "ETOOMANYREFS"),
            Map.entry(110, "ETIMEDOUT"),
            Map.entry(111, "ECONNREFUSED"),
            Map.entry(112, "EHOSTDOWN"),
            Map.entry(113, "EHOSTUNREACH"),
            Map.entry(114, "EALREADY"),
            Map.entry(115, "EINPROGRESS"),
            Map.entry(116, "ESTALE"),
            Map.entry(122, "EDQUOT"),
            Map.entry(125, "ECANCELED"),
            Map.entry(132, "ERFKILL"));

    private Errno() {
    }

    /** The symbolic name, e.g. {@code EBUSY}, or {@code errno 200} for a number this table lacks. */
    public static String name(int errno) {
        return NAMES.getOrDefault(errno, "errno " + errno);
    }
}
