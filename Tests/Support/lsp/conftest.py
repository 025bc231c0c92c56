"""pytest-lsp set-up for the end-to-end tests of `wf lsp` (run by Tests/CLITests/LSPTests.swift)."""
import os
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
WF = os.environ.get("WF_BIN", os.path.join(ROOT, ".build", "debug", "wf"))


async def start_session(lsp_client: LanguageClient):
    """Initialises a session as VS Code would, with statuses as of 2023-10-05."""
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        initialization_options={"asOf": "2023-10-05"},
    ))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[WF, "lsp"]))
async def client(lsp_client: LanguageClient):
    await start_session(lsp_client)
    yield
    await lsp_client.shutdown_session()


# The same server with no language fixed by the environment: a plan's `lang:` chooses.
PLAN_LANGUAGE_ENV = {k: v for k, v in os.environ.items() if k not in ("WF_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[WF, "lsp"], server_env=PLAN_LANGUAGE_ENV))
async def plan_language_client(lsp_client: LanguageClient):
    await start_session(lsp_client)
    yield
    await lsp_client.shutdown_session()
