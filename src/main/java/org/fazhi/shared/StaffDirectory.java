package org.fazhi.shared;

/**
 * A staff account as the principal it signs in as, for work done on its behalf outside a web request (demo data
 * entered by the demo clerks), so that such records pass through the same services and rules as typed-in ones.
 * The identity module implements it; other modules need not depend on identity.
 */
public interface StaffDirectory {

	Staff staff(String username);
}
