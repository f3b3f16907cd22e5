package org.fazhi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.fazhi.shared.ServerKeys;
import org.jspecify.annotations.Nullable;

/**
 * The hashed content of one entry. Version 1 (entries written before the chain was keyed) is SHA-256 over the row:
 * anyone who can write to the database can recompute it, so such rows are trusted only up to the first signed
 * checkpoint. Version 2 is HMAC-SHA256 under a key derived from the deployment secret ({@link ServerKeys}), which
 * lives outside the database, and also covers the orgs the entry affects.
 */
record ChainLink(long seq, Instant occurredAt, String actor, @Nullable Long orgId, @Nullable String address,
		String action, String targetType, @Nullable String targetId, String detail, String prevHash, int version,
		boolean affectsAll, SortedSet<Long> affectedOrgs) {

	static final String GENESIS = "0".repeat(64);

	static final int LEGACY = 1;

	static final int KEYED = 2;

	/** The purpose under which {@link ServerKeys} derives the chain key; changing it breaks every v2 entry. */
	static final String KEY_PURPOSE = "audit-chain";

	String hash(ServerKeys keys) {
		return switch (version) {
			case LEGACY -> sha256(legacyCanonical());
			case KEYED -> keys.hmacHex(KEY_PURPOSE, keyedCanonical());
			default -> "unknown chain version " + version;
		};
	}

	/** Exactly what the unkeyed chain hashed, so that rows written before the upgrade still verify. */
	private String legacyCanonical() {
		return String.join("\u001f", Long.toString(seq), occurredAt.toString(), actor, String.valueOf(orgId),
				String.valueOf(address), action, targetType, String.valueOf(targetId), detail, prevHash);
	}

	private String keyedCanonical() {
		String affected = affectsAll ? "*"
				: affectedOrgs.stream().map(String::valueOf).collect(Collectors.joining(","));
		return String.join("\u001f", "v2", Long.toString(seq), occurredAt.toString(), actor, String.valueOf(orgId),
				String.valueOf(address), action, targetType, String.valueOf(targetId), detail, affected, prevHash);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
