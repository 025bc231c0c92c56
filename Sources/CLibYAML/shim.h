#ifndef WF_CLIBYAML_SHIM_H
#define WF_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
