"""`python -m usp_research` runs the command line."""
import sys

from .cli import main

sys.exit(main())
