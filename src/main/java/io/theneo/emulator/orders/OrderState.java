package io.theneo.emulator.orders;

/**
 * Square's order states and the changes between them this server allows: a DRAFT is opened, an OPEN order is completed
 * or canceled (closing it); COMPLETED and CANCELED are final.
 */
enum OrderState {

	OPEN, COMPLETED, CANCELED, DRAFT;

	boolean isClosed() {
		return this == COMPLETED || this == CANCELED;
	}

	boolean canBecome(OrderState next) {
		return next == this || switch (this) {
			case DRAFT -> next == OPEN;
			case OPEN -> next == COMPLETED || next == CANCELED;
			case COMPLETED, CANCELED -> false;
		};
	}

}
