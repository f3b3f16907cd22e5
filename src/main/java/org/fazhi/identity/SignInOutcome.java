package org.fazhi.identity;

public enum SignInOutcome {
	SUCCESS("登录成功"), BAD_CREDENTIALS("用户名或密码错误"), LOCKED("账户已锁定"), DISABLED("账户已停用"),
	ACCOUNT_LOCKED_NOW("连续失败，账户被锁定"), SIGN_OUT("退出登录"), SESSION_EXPIRED("会话超时");

	private final String label;

	SignInOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
