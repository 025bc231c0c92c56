#include "ccurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

typedef CURLcode (*global_init_fn)(long);
typedef CURL *(*easy_init_fn)(void);
typedef CURLcode (*easy_perform_fn)(CURL *);
typedef void (*easy_cleanup_fn)(CURL *);
typedef const char *(*easy_strerror_fn)(CURLcode);
typedef struct curl_slist *(*slist_append_fn)(struct curl_slist *, const char *);
typedef void (*slist_free_all_fn)(struct curl_slist *);
typedef CURLcode (*easy_setopt_fn)(CURL *, CURLoption, ...);
typedef CURLcode (*easy_getinfo_fn)(CURL *, CURLINFO, ...);

static struct {
    global_init_fn global_init;
    easy_init_fn easy_init;
    easy_perform_fn easy_perform;
    easy_cleanup_fn easy_cleanup;
    easy_strerror_fn easy_strerror;
    slist_append_fn slist_append;
    slist_free_all_fn slist_free_all;
    easy_setopt_fn easy_setopt;
    easy_getinfo_fn easy_getinfo;
} api;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char load_error[512];
static int loaded;

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl.so", "libcurl.4.dylib", "libcurl.dylib"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(load_error, sizeof load_error,
                 "libcurl could not be loaded (%s); install it: apt-get install libcurl4",
                 reason ? reason : "not found");
        return;
    }
#define WF_RESOLVE(field, symbol)                                                            \
    api.field = (__typeof__(api.field))dlsym(library, symbol);                               \
    if (api.field == NULL) {                                                                 \
        snprintf(load_error, sizeof load_error, "libcurl has no %s: is it older than 7.56?", \
                 symbol);                                                                    \
        return;                                                                              \
    }
    WF_RESOLVE(global_init, "curl_global_init")
    WF_RESOLVE(easy_init, "curl_easy_init")
    WF_RESOLVE(easy_perform, "curl_easy_perform")
    WF_RESOLVE(easy_cleanup, "curl_easy_cleanup")
    WF_RESOLVE(easy_strerror, "curl_easy_strerror")
    WF_RESOLVE(slist_append, "curl_slist_append")
    WF_RESOLVE(slist_free_all, "curl_slist_free_all")
    WF_RESOLVE(easy_setopt, "curl_easy_setopt")
    WF_RESOLVE(easy_getinfo, "curl_easy_getinfo")
#undef WF_RESOLVE
    loaded = 1;
}

static int ready(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *wf_curl_load_error(void) { return ready() ? NULL : load_error; }

CURLcode wf_curl_global_init(long flags) { return ready() ? api.global_init(flags) : CURLE_FAILED_INIT; }
CURL *wf_curl_easy_init(void) { return ready() ? api.easy_init() : NULL; }
CURLcode wf_curl_easy_perform(CURL *curl) { return ready() ? api.easy_perform(curl) : CURLE_FAILED_INIT; }

void wf_curl_easy_cleanup(CURL *curl) {
    if (ready()) api.easy_cleanup(curl);
}

const char *wf_curl_easy_strerror(CURLcode code) {
    return ready() ? api.easy_strerror(code) : load_error;
}

struct curl_slist *wf_curl_slist_append(struct curl_slist *list, const char *text) {
    return ready() ? api.slist_append(list, text) : NULL;
}

void wf_curl_slist_free_all(struct curl_slist *list) {
    if (ready()) api.slist_free_all(list);
}

CURLcode wf_curl_set_long(CURL *curl, CURLoption option, long value) {
    return ready() ? api.easy_setopt(curl, option, value) : CURLE_FAILED_INIT;
}
CURLcode wf_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return ready() ? api.easy_setopt(curl, option, value) : CURLE_FAILED_INIT;
}
CURLcode wf_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return ready() ? api.easy_setopt(curl, option, value) : CURLE_FAILED_INIT;
}
CURLcode wf_curl_set_slist(CURL *curl, CURLoption option, struct curl_slist *value) {
    return ready() ? api.easy_setopt(curl, option, value) : CURLE_FAILED_INIT;
}
CURLcode wf_curl_set_callback(CURL *curl, CURLoption option, wf_curl_io_callback value) {
    return ready() ? api.easy_setopt(curl, option, value) : CURLE_FAILED_INIT;
}
CURLcode wf_curl_get_long(CURL *curl, CURLINFO info, long *value) {
    return ready() ? api.easy_getinfo(curl, info, value) : CURLE_FAILED_INIT;
}
