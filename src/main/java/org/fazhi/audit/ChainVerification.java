package org.fazhi.audit;

import org.jspecify.annotations.Nullable;

/** The result of walking the chain: how many entries were checked and the first one that does not fit. */
public record ChainVerification(long checked, @Nullable Long firstBrokenSeq, @Nullable String problem) {

	public boolean intact() {
		return firstBrokenSeq == null;
	}
}
