package org.fazhi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The deployment's secret, kept outside the database, and the keys derived from it for each purpose (audit chain,
 * letter and rating tokens, …). Someone who can read or write the database but not this secret can neither forge
 * a keyed hash nor search a token offline.
 *
 * <p>The secret is {@code fazhi.secret.key} (environment {@code FAZHI_SECRET_KEY}, at least 32 characters). In
 * production it must be set; elsewhere it is generated once into {@code fazhi.secret.file} (default
 * {@code ./data/secret.key}, readable by the owner only) so that a second start keeps the same keys.
 */
@Component
public class ServerKeys {

	private static final String HMAC = "HmacSHA256";

	private final byte[] master;

	ServerKeys(@Value("${fazhi.secret.key:}") String configured,
			@Value("${fazhi.secret.file:./data/secret.key}") Path file, Environment environment) {
		if (!configured.isBlank()) {
			if (configured.length() < 32) {
				throw new IllegalStateException("fazhi.secret.key（FAZHI_SECRET_KEY）至少需要 32 个字符。");
			}
			this.master = configured.getBytes(StandardCharsets.UTF_8);
		}
		else if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("生产环境（prod）必须配置部署密钥 FAZHI_SECRET_KEY（至少 32 个字符），并保存在数据库以外。");
		}
		else {
			this.master = readOrCreate(file);
		}
	}

	/** HMAC-SHA256 of {@code message} under the key of {@code purpose}; different purposes never share a key. */
	public byte[] hmac(String purpose, String message) {
		return mac(mac(master, "fazhi:" + purpose), message);
	}

	/** {@link #hmac} as lower-case hex, for tokens and stored hashes. */
	public String hmacHex(String purpose, String message) {
		return HexFormat.of().formatHex(hmac(purpose, message));
	}

	private static byte[] mac(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key, HMAC));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] readOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temp = Files.createTempFile(parent, "secret", ".tmp");
			try {
				Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system (Windows): the directory's permissions protect it
			}
			Files.writeString(temp, Base64.getEncoder().encodeToString(secret));
			Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			return secret;
		}
		catch (IOException e) {
			throw new UncheckedIOException("无法读取或创建部署密钥文件 " + file, e);
		}
	}
}
