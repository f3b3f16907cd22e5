package org.fazhi.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.fazhi.shared.ServerKeys;
import org.springframework.stereotype.Component;

/**
 * The tokens in the petitioner's letter and rating links, so the query code never appears in a URL. They are keyed
 * with the deployment secret ({@link ServerKeys}): a leaked link cannot be used to search the 8-character query code
 * offline, since without the secret no candidate code can be checked against it.
 */
@Component
public class PetitionTokens {

	private static final String PURPOSE = "petition.link";

	private final ServerKeys keys;

	PetitionTokens(ServerKeys keys) {
		this.keys = keys;
	}

	/** Opens one letter of the petition. */
	public String letter(Petition p, LetterKind kind) {
		return token(p, kind.name());
	}

	/** Rates the petition's result. */
	public String rating(Petition p) {
		return token(p, "RATE");
	}

	public boolean letterMatches(Petition p, LetterKind kind, String token) {
		return same(letter(p, kind), token);
	}

	public boolean ratingMatches(Petition p, String token) {
		return same(rating(p), token);
	}

	private String token(Petition p, String kind) {
		// 128 bits of the keyed hash are plenty for a link and keep it short
		return keys.hmacHex(PURPOSE, p.queryCode().value() + ":" + p.trackingNumber() + ":" + kind).substring(0, 32);
	}

	private static boolean same(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.trim().getBytes(StandardCharsets.US_ASCII));
	}
}
