/** Messages main's resource registry and write checks send, under `msg.resources.<code>`. */
export const resourcesMessagesEn = {
  requiredOnCreate: 'The platform needs a value for {{fields}} to create this.',
};
