"""warta.cli"""
