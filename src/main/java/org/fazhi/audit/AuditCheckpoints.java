package org.fazhi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.shared.ServerKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints of the chain head, appended to a file outside the database ({@code fazhi.audit.checkpoint-file},
 * default {@code ./data/audit-checkpoints.txt}) at start and every {@code fazhi.audit.checkpoint-interval}. The HMAC
 * of each entry stops a database writer without the deployment secret from forging one entry, but not from
 * replacing the chain by one of legacy (unkeyed) links; a checkpoint fixes the hash at a sequence number in a place
 * the database writer cannot reach, so such a rewrite no longer matches. The signature is Ed25519 with a key derived
 * from the deployment secret; the file names the public key, so an auditor can check a downloaded copy anywhere.
 *
 * <p>A checkpoint is written only after the links since the previous one verified: it says "intact up to here".
 */
@Component
class AuditCheckpoints implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);

	private static final String HEADER = "# 法治平台审计日志签名检查点（Ed25519）。每行：序号、该条哈希、签名时间、签名。公钥（X.509，Base64）：";

	private final Path file;

	private final AuditChain chain;

	private final Clock clock;

	private final KeyPair keys;

	AuditCheckpoints(@Value("${fazhi.audit.checkpoint-file:./data/audit-checkpoints.txt}") Path file,
			AuditChain chain, ServerKeys serverKeys, Clock clock) {
		this.file = file;
		this.chain = chain;
		this.clock = clock;
		this.keys = ed25519(serverKeys.hmac("audit-checkpoint-ed25519", "seed"));
	}

	record Checkpoint(long seq, String hash, Instant signedAt) {
	}

	/** The checkpoint file could not be read, or a line of it does not carry a valid signature. */
	static final class BrokenCheckpoints extends RuntimeException {

		BrokenCheckpoints(String message) {
			super(message);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		checkpoint();
	}

	@Scheduled(fixedDelayString = "${fazhi.audit.checkpoint-interval:PT15M}",
			initialDelayString = "${fazhi.audit.checkpoint-interval:PT15M}")
	void scheduled() {
		checkpoint();
	}

	/**
	 * Verifies the links since the last checkpoint and, when they are intact and the head has moved, signs the head.
	 * The first checkpoint of an installation (or of an upgraded one, whose legacy links are verified by SHA-256)
	 * trusts what the database holds at that moment.
	 */
	@Transactional(readOnly = true)
	public synchronized Optional<Checkpoint> checkpoint() {
		List<Checkpoint> existing;
		try {
			existing = read();
		}
		catch (BrokenCheckpoints e) {
			LOG.error("Audit checkpoints not written: {}", e.getMessage());
			return Optional.empty();
		}
		AuditChain.Head head = chain.head();
		AuditChain.Head from = existing.isEmpty() ? new AuditChain.Head(0, ChainLink.GENESIS)
				: new AuditChain.Head(existing.get(existing.size() - 1).seq(), existing.get(existing.size() - 1).hash());
		if (!existing.isEmpty() && from.seq() == head.seq() && from.hash().equals(head.hash())) {
			return Optional.empty();
		}
		long legacyUpTo = existing.isEmpty() ? Long.MAX_VALUE : existing.get(0).seq();
		ChainVerification result = chain.walk(from, head, legacyUpTo, Map.of());
		if (!result.intact()) {
			LOG.error("Audit chain broken, no checkpoint signed: {}", result.problem());
			return Optional.empty();
		}
		Checkpoint next = new Checkpoint(head.seq(), head.hash(), clock.instant());
		append(next);
		return Optional.of(next);
	}

	/** Every checkpoint in the file, oldest first, each with a valid signature; empty when there is no file. */
	List<Checkpoint> read() {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new BrokenCheckpoints("无法读取签名检查点文件 " + file);
		}
		List<Checkpoint> result = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			try {
				Checkpoint c = new Checkpoint(Long.parseLong(f[0]), f[1], Instant.parse(f[2]));
				if (f.length != 4 || !verifies(c, Base64.getDecoder().decode(f[3]))) {
					throw new IllegalArgumentException();
				}
				if (!result.isEmpty() && c.seq() < result.get(result.size() - 1).seq()) {
					throw new IllegalArgumentException();
				}
				result.add(c);
			}
			catch (RuntimeException e) {
				throw new BrokenCheckpoints("签名检查点文件第 " + (i + 1) + " 行签名无效或格式不符（文件可能被改动）");
			}
		}
		return result;
	}

	/** The checkpoints as seq → hash, for {@link AuditChain#walk}. */
	static Map<Long, String> anchors(List<Checkpoint> checkpoints) {
		Map<Long, String> result = new LinkedHashMap<>();
		checkpoints.forEach(c -> result.put(c.seq(), c.hash()));
		return result;
	}

	Path file() {
		return file;
	}

	/** The file as it is, for the auditor to keep a copy outside this server. */
	byte[] download() {
		try {
			return Files.exists(file) ? Files.readAllBytes(file) : (HEADER + publicKey() + "\n").getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String publicKey() {
		return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
	}

	private void append(Checkpoint c) {
		String line = c.seq() + "\t" + c.hash() + "\t" + c.signedAt() + "\t"
				+ Base64.getEncoder().encodeToString(sign(c)) + "\n";
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			if (!Files.exists(file)) {
				Files.writeString(file, HEADER + publicKey() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
			}
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException("无法写入签名检查点文件 " + file, e);
		}
	}

	private static byte[] message(Checkpoint c) {
		return ("fazhi-audit-checkpoint\n" + c.seq() + "\n" + c.hash() + "\n" + c.signedAt())
			.getBytes(StandardCharsets.UTF_8);
	}

	private byte[] sign(Checkpoint c) {
		try {
			Signature s = Signature.getInstance("Ed25519");
			s.initSign(keys.getPrivate());
			s.update(message(c));
			return s.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private boolean verifies(Checkpoint c, byte[] signature) {
		try {
			Signature s = Signature.getInstance("Ed25519");
			s.initVerify(keys.getPublic());
			s.update(message(c));
			return s.verify(signature);
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	/**
	 * The JDK (17) derives an Ed25519 key pair from 32 random bytes; feeding it bytes derived from the deployment
	 * secret gives the same key pair on every start and every node, with nothing more to store.
	 */
	private static KeyPair ed25519(byte[] seed) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
			generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
				@Override
				public void nextBytes(byte[] bytes) {
					System.arraycopy(seed, 0, bytes, 0, bytes.length);
				}
			});
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
