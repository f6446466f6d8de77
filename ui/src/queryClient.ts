import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isAppError } from "./api";
import { keys } from "./api/queries";

/**
 * The backend says the session is gone or locked, or the store turned out damaged after it
 * opened (the start-up integrity check): the status knows which screen to show now.
 */
const STATUS_CHANGED = ["NOT_SIGNED_IN", "SESSION_LOCKED", "DATABASE_CORRUPT"];

export function createQueryClient(): QueryClient {
  // One place for every query and mutation, so no screen has to handle a lock or sign-out it
  // did not cause itself; App then shows the lock or sign-in screen.
  const onError = (err: unknown) => {
    if (isAppError(err) && STATUS_CHANGED.includes(err.code)) void client.invalidateQueries({ queryKey: keys.appStatus });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // The backend is local: a failed call will fail the same way again, and the
      // user should see the reason at once rather than after three silent retries.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
