package io.theneo.emulator.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One object of an upsert request after its shape was checked: where it was in the request (for error paths), what it
 * refers to, and, once resolved, its real id and stored entry. Nested variations and modifiers are drafts of their own
 * with {@link #parent} set.
 */
final class Draft {

	/** A reference from one object to another, by the id the client gave (temporary or real). */
	record Ref(String id, CatalogObjectType type, String path) {
	}

	final String path;

	final CatalogObjectType type;

	final String givenId;

	final Long givenVersion;

	/** The enclosing item / modifier list draft of a nested variation / modifier. */
	final Draft parent;

	/** Position among the enclosing object's children; -1 for a top-level object. */
	final int position;

	/** The type's data, normalised, without nested children. */
	Object data;

	String name;

	String description;

	/** The item / modifier list a variation / modifier names itself (item_id, modifier_list_id), as given. */
	Ref parentRef;

	/** Whether an item / modifier list came with its children (then they replace the stored ones). */
	boolean childrenGiven;

	final List<Draft> children = new ArrayList<>();

	final List<Ref> refs = new ArrayList<>();

	/** The real id, assigned once the request is valid. */
	String id;

	CatalogEntry entry;

	Draft(String path, CatalogObjectType type, String givenId, Long givenVersion, Draft parent, int position) {
		this.path = path;
		this.type = type;
		this.givenId = givenId;
		this.givenVersion = givenVersion;
		this.parent = parent;
		this.position = position;
	}

	boolean isTemporary() {
		return isTemporary(this.givenId);
	}

	static boolean isTemporary(String id) {
		return id != null && id.startsWith("#");
	}

}
