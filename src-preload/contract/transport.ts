/** Reserved channel names of the transports themselves (not part of the request contract). */
export const IPC_CANCEL_CHANNEL = 'noc:cancel';
