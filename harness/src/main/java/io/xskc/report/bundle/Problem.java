package io.xskc.report.bundle;

/** One thing wrong with a bundle, precise enough to name the file and what is wrong with it. */
public sealed interface Problem {

    /** One line for a reviewer: the entry concerned first, then what is wrong. */
    String describe();

    /** A file's content does not have the digest the manifest lists for it. */
    record DigestMismatch(String path, String expected, String actual) implements Problem {
        @Override
        public String describe() {
            return path + ": SHA-256 mismatch: manifest says " + expected + ", file has " + actual;
        }
    }

    /** The manifest lists a file the bundle does not contain. */
    record MissingFile(String path) implements Problem {
        @Override
        public String describe() {
            return path + ": listed in " + Layout.MANIFEST + " but missing from the bundle";
        }
    }

    /** The bundle contains a file the manifest does not list. */
    record UnlistedFile(String path) implements Problem {
        @Override
        public String describe() {
            return path + ": present in the bundle but not listed in " + Layout.MANIFEST;
        }
    }

    /** The signature cannot be checked, or does not verify over the manifest's bytes. */
    record BadSignature(String reason) implements Problem {
        @Override
        public String describe() {
            return Layout.SIGNATURE + ": " + reason;
        }
    }

    /** The bundle names a signer other than the key the reviewer trusts. */
    record WrongKey(Fingerprint expected, Fingerprint actual) implements Problem {
        @Override
        public String describe() {
            return Layout.SIGNER + ": bundle is signed by key " + actual + ", not by the trusted key " + expected;
        }
    }

    /** A line of the manifest is not in its canonical form; line 0 is the file as a whole. */
    record MalformedManifest(int line, String reason) implements Problem {
        @Override
        public String describe() {
            return Layout.MANIFEST + (line > 0 ? " line " + line : "") + ": " + reason;
        }
    }

    /** One of MANIFEST.sha256, MANIFEST.sig and signer.pub is absent. */
    record MissingEntry(String name) implements Problem {
        @Override
        public String describe() {
            return name + ": missing from the bundle";
        }
    }

    /** An entry whose name could escape the extraction directory, or that appears twice. */
    record UnsafeEntry(String name, String reason) implements Problem {
        @Override
        public String describe() {
            return EntryName.printable(name) + ": unsafe zip entry: " + reason;
        }
    }

    /** An entry the zip cannot deliver intact (corrupt compressed data, bad sizes). */
    record UnreadableEntry(String path, String reason) implements Problem {
        @Override
        public String describe() {
            return path + ": cannot be read from the zip: " + reason;
        }
    }
}
